"""Plain-Python city services (tax, auth, storage): typed calls, no chat, HTTP or world code."""
