import type { createAssessmentTranslator } from '@skill-ladder/core/assessment';
import { useState, type RefObject } from 'react';
import { downloadBlob } from '../download-text.js';
import { chartPngBlob, chartSvgBlob } from './svg-download.js';

type AssessmentText = ReturnType<typeof createAssessmentTranslator>;

interface ChartDownloadsProps {
  /** The chart to download. */
  svg: RefObject<SVGSVGElement | null>;
  text: AssessmentText;
  /** Without extension. */
  fileName: string;
}

/**
 * "Download SVG" and "Download PNG" for a chart on the page. A PNG that cannot be made (no
 * canvas) is said in words beside the buttons.
 */
export function ChartDownloads({ svg, text, fileName }: ChartDownloadsProps) {
  const [problem, setProblem] = useState<string>();
  const png = async () => {
    if (!svg.current) return;
    try {
      setProblem(undefined);
      downloadBlob(`${fileName}.png`, await chartPngBlob(svg.current));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div data-slot="chart-downloads">
      <button
        type="button"
        onClick={() => svg.current && downloadBlob(`${fileName}.svg`, chartSvgBlob(svg.current))}
      >
        {text.message('assessment.chart.downloadSvg')}
      </button>
      <button type="button" onClick={() => void png()}>
        {text.message('assessment.chart.downloadPng')}
      </button>
      {problem && (
        <p role="alert" data-slot="chart-download-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
