"""Stage protocols, the plug-in registry and the scan runner."""
