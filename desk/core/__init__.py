"""The domain of Desk: pure Python, no Qt, no database session."""
