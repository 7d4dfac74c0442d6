"""Imported once by the forkserver of `--workers` (ingest/pipeline.py): spaCy and the pipeline are loaded
here, before any worker is forked, so every worker starts with the model in memory instead of importing
spaCy (about 1 s of CPU) and loading the model (about 1 s) itself."""

from newsgraph.ingest.nlp import load_pipeline

try:
    load_pipeline()
except Exception:  # (a model that is not installed): each worker's initializer loads it again and says why
    pass
