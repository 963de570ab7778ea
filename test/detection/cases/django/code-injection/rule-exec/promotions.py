def run_rule(source, cart_total):
    namespace = {"total": cart_total, "discount": 0.0}
    code = compile(source, "<promotion>", "exec")
    exec(code, namespace)
    return float(namespace.get("discount", 0.0))
