"""Thin adapters: REST API and app factory, web widget, messenger skill, Rasa adapters and the `clerks` CLI."""
