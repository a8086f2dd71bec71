"""Claim letters: ReportLab templates and rendering, from the domain's figures."""
