"""Population statistics: Statbel's open-data files, read as the denominators of rates."""
