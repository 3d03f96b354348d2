import sys

from jury_desk.cli.main import main

sys.exit(main())
