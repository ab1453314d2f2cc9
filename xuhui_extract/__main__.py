"""`python -m xuhui_extract` runs the command line."""

from .cli import main

main()
