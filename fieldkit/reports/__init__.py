"""Reports: the daily visit report (data, PDF), its CSV/XLSX exports, page previews."""
