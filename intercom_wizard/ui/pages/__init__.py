"""One module per wizard page, in the order of the partner-setup document."""
