// The ECharts tierfit draws, and nothing else: bar and line charts with a
// grid, legend, tooltip, title and mark lines, painted on a canvas. make
// bundles it with esbuild (pinned in package.json) into build/echarts.min.js,
// which the site serves as /web/echarts.min.js. A chart option that needs
// another component draws without it, so add the component here first.
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

window.echarts = echarts;
