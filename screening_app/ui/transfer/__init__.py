"""Moving a child's file (SPEC 13): the vault's transfer key in Settings, the transfers and their
receipts, and "Transfer this child's file" on the child's record."""
