"""Seoul Pass sign-in: verifying citizens' tokens, and a test identity provider for test citizens."""

from services.auth.citizens import Citizen, TestCitizens
from services.auth.seoul_pass import SeoulPassVerifier, TestIdentityProvider

__all__ = ["Citizen", "SeoulPassVerifier", "TestCitizens", "TestIdentityProvider"]
