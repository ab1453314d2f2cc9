"""`python -m xuhui_extract` runs the command line."""

from .command import main

main()
