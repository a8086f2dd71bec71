"""One module per ``clinic-app`` subcommand; each imports only the standard library at its top level."""
