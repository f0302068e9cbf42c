"""Printed documents (reportlab): receipts, the application form, later the Z report."""
