"""Head office: the sync service that every store's Desk pushes to and pulls from."""
