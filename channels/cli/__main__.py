"""`python -m channels.cli` = `clerks`."""

from channels.cli import main

main()
