"""All Qt widget code. It calls plan, store and export; they never call it."""
