"""Exports for coordinators: CSV, XLSX, encrypted case bundles and the summary report."""
