"""The four clerks: domains (forms, personas), policy, actions and the composer, wired into one chat pipeline."""
