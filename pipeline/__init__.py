"""tilmeld: runs an event's sign-up by ordinary email, unattended."""

__version__ = "0.1.0"
