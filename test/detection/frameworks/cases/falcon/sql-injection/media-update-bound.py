import sqlite3

import falcon


class ProfileResource:
    def on_patch(self, req, resp, user_id: int):
        data = req.get_media()
        db = sqlite3.connect("app.db")
        db.execute(
            "UPDATE profiles SET display_name = ?, bio = ? WHERE user_id = ?",
            (data["display_name"], data.get("bio", ""), user_id),
        )
        db.commit()
        resp.status = falcon.HTTP_204


app = falcon.App()
app.add_route("/profiles/{user_id:int}", ProfileResource())
