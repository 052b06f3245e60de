"""Documents for people outside the program (letters, minutes), rendered to PDF by QtGui."""
