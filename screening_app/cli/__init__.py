"""Command-line interface: `screening-app score|forms|vault|import|list|export` (never imports Qt)."""
