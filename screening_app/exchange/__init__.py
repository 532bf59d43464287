"""Files that leave the vault: the vault's transfer identity now; bundles to send and receive next.

Between services and storage: ``services -> exchange -> storage | reporting``.
"""
