package cn.lifeinfo.compliance.identity;

import java.util.Map;

/** The development sign-in's one page: pick a user (Chinese first, like the pages it signs into). */
final class DevSignInPage {

    private DevSignInPage() {
    }

    static String html(Map<String, DevSignInConfig.DevUser> users, String redirectUri, String state,
                       String challenge) {
        StringBuilder rows = new StringBuilder();
        users.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> rows
                .append("<tr><td><button type=\"submit\" name=\"user\" value=\"").append(escape(e.getKey()))
                .append("\">").append(escape(e.getKey())).append("</button></td><td>")
                .append(escape(String.join(", ", e.getValue().roles()))).append("</td><td>")
                .append(e.getValue().roles().contains(Roles.MANAGER)
                        ? escape(String.join(", ", e.getValue().branches())) : "")
                .append("</td></tr>"));
        return """
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>开发环境登录 / Development sign-in</title>
                <style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em .8em;text-align:left}</style></head>
                <body><h1>开发环境登录 <small>Development sign-in</small></h1>
                <p>仅用于开发环境，生产环境通过公司身份认证系统登录。<br>
                For development only; production signs in through the insurer's identity provider.</p>
                <form method="post" action="authorize">
                <input type="hidden" name="redirect_uri" value="%s">
                <input type="hidden" name="state" value="%s">
                <input type="hidden" name="code_challenge" value="%s">
                <table><tr><th>用户 User</th><th>角色 Roles</th><th>机构 Branches</th></tr>%s</table>
                </form></body></html>
                """.formatted(escape(redirectUri), escape(state), escape(challenge), rows);
    }

    private static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
