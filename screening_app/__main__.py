"""`python -m screening_app` runs the same entry point as `screening-app`."""

import sys

from screening_app.launcher import main

sys.exit(main())
