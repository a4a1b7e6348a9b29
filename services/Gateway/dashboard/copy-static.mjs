// Copies the page and its stylesheet next to the bundle (esbuild writes ../wwwroot/dashboard/app.js).
import { copyFileSync, mkdirSync } from "node:fs";
mkdirSync("../wwwroot/dashboard", { recursive: true });
for (const file of ["index.html", "style.css"]) copyFileSync(`src/${file}`, `../wwwroot/dashboard/${file}`);
