// npm run build: next build, stamped with the source revision so `npm start` can reuse it.
import { build } from "./lib/next-build";

build();
