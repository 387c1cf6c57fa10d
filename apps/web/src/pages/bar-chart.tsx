import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** A bar chart with a text alternative: the same figures as a list for screen readers. */
export function BarChart({ label, labels, values }: { label: string; labels: string[]; values: number[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);
  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, {
      type: 'bar',
      data: { labels, datasets: [{ label, data: values, backgroundColor: '#2f6fb3' }] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
      },
    });
    return () => chart.current?.destroy();
    // The chart is made once (deps left out on purpose); later figures update it below.
  }, []);
  useEffect(() => {
    if (!chart.current) return;
    chart.current.data.labels = labels;
    chart.current.data.datasets[0].data = values;
    chart.current.update();
  }, [labels, values]);
  return (
    <figure className="chart">
      <div className="chart-box">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${label}: ${labels.map((name, i) => `${name} ${values[i]}`).join(', ')}`}
        />
      </div>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
