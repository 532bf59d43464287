"""The JSON Schema of form files, generated from the models, for editors' autocompletion."""

from __future__ import annotations

import json

from screening_app.domain.schema import FormFile


def form_json_schema() -> str:
    schema = FormFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "CSE Screening form file"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
