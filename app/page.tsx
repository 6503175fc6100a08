export default function Home() {
  return (
    <main>
      <h1>SOS Staffing Services, Inc. 401(k) Plan calculator</h1>
      <p>Estimates under the plan as described in its 2002 Form 11-K.</p>
    </main>
  );
}
