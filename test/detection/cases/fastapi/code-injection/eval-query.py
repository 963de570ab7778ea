from fastapi import FastAPI

app = FastAPI()


@app.get("/reorder/preview")
def preview(formula: str = "avg_daily * 14", avg_daily: float = 3.0):
    qty = eval(formula, {"__builtins__": {}}, {"avg_daily": avg_daily})
    return {"reorder_qty": int(qty)}
