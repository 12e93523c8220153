"""The school ↔ district network: send a package, receive packages, who has sent what."""
