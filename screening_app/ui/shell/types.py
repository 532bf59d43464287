"""The plain record types the shell builds queries and child details with (frozen dataclasses,
no SQL). Taken from the storage layer's records module, which imports nothing, because
``services.records`` pulls the whole domain (pydantic) in at import time and the first window
must not wait for that; the services warm up in the background instead (see ``app``)."""

from screening_app.storage.records import ChildDetails, Page, SearchQuery

__all__ = ["ChildDetails", "Page", "SearchQuery"]
