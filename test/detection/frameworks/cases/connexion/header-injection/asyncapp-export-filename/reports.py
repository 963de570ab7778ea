async def export(filename="report.csv"):
    csv = "month,revenue\n2024-01,1200\n"
    return csv, 200, {"Content-Type": "text/csv", "Content-Disposition": f'attachment; filename="{filename}"'}
