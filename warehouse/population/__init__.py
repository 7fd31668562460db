"""Population by province, sex and age: the denominators of prevalence rates."""
