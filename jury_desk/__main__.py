import sys

from jury_desk.cli.entry import main

sys.exit(main())
