"""Bringing a blog in from WordPress, Squarespace or Markdown files, and writing ours out as WXR.

Readers (`wxr`, `markdown`) turn a file or folder into `Entry` objects and refuse a broken or
hostile one before anything is written; `services.import_entries` creates or updates the posts.
"""
