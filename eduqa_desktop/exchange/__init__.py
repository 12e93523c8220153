"""Files schools exchange: Excel templates, validated imports, exchange packages, reports."""
