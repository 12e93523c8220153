"""The Qt user interface: thin widgets that show what services return."""
