"""The JSON API for clinics' case-management systems (LegalServer and its peers): list the
questionnaires and their questions, screen a set of answers (and save it as a case record),
read one's own records. Authenticated by per-user tokens only (``tokens``), described by a
hand-written OpenAPI document (``openapi``)."""
