"""Prints the SHA-256 of a text argument's UTF-8 bytes, as describe_h5.py shows long JSON attributes."""
import hashlib
import sys

print("sha256:" + hashlib.sha256(sys.argv[1].encode("utf8")).hexdigest())
