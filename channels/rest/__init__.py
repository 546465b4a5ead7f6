"""The REST API: `POST /v1/chat`, health checks and the Seoul Pass test identity provider."""
