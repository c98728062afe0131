"""How a report tells its figures: counts and sums told roughly or converted, a figure corrected beside
the right one, a package's number in its donor's series (in digits or in words)."""
