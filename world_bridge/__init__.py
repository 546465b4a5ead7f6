"""The world bridge: zones, NPC avatars and the real-time protocol between the 3D world and the clerks."""
