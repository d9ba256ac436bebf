"""Exchange with partner agencies: certificates and trust, signed ASiC-E request packages, encryption.

No Qt except the PDF rendering in pdf.py; no database: the services store what comes out.
"""

from __future__ import annotations
