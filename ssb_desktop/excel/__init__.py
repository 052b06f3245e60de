"""Reading and writing Excel workbooks: untrusted input checked first, records and problems out."""
